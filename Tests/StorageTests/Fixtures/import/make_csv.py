"""Writes the CSV fixtures of ImportFileTests: one small file per quirk people's spreadsheets have (issue 13).
Run from this folder: python3 make_csv.py"""
files = {
    'bom-comma.csv': '\ufeffNama Lengkap,NIK,Kab/Kota,Tgl Lahir\nBudi Santoso,1671011505850001,Kota Palembang,15/05/1985\n'.encode('utf-8'),
    'semicolon-crlf.csv': 'Nama;No. KTP;Kabupaten;Tanggal Lahir\r\nSiti Aminah;1604014506900002;Lahat;05-06-1990\r\nAndi;;OKUT;1990-07-01\r\n'.encode('utf-8'),
    'windows-1252.csv': b'Nama Lengkap;Kab/Kota;Keterangan\nD\xe9sy Ratnasari;PLG;Kader \x93sosial\x94\n',
    'embedded-newline.csv': 'Nama Lengkap,Kab/Kota,Keterangan\n"Rudi ""Ucok"" Hartono",Prabumulih,"baris satu\nbaris dua"\n'.encode('utf-8'),
    'tab-padded-blank.csv': 'Nama Lengkap\tKab/Kota\tNo HP/WA\n\n  Yanti  \t Kab. Muara Enim \t 0812-1111-2222 \n\t\t\nJoko\tPagar Alam\t+62 813 2222 3333\n\n\n'.encode('utf-8'),
    'duplicate-nik.csv': 'Nama Lengkap,NIK,Kab/Kota\nAhmad,1671010101800001,Palembang\nAhmad Fauzi,1671010101800001,Palembang\n'.encode('utf-8'),
    'titles.csv': "Nama Lengkap,Tgl Lahir,Kab/Kota\n\"Dr. Budi Santoso, S.Sos., M.Kesos\",15/05/1985,Palembang\nSiti Ma'ruf,14 Mei 1990,OKUT\n".encode('utf-8'),
    'three-bad-rows.csv': ('Nama Lengkap,NIK,Kab/Kota,Tgl Lahir\n'
                           'Baik Satu,,Palembang,01/02/1980\n'
                           'Salah NIK,12345,Palembang,01/02/1980\n'
                           'Baik Dua,,Lahat,\n'
                           ',,Palembang,01/02/1980\n'
                           'Salah Tanggal,,OKI,31/02/1980\n').encode('utf-8'),
    'duplicate-headers.csv': 'Nama,NIK,nama\nA,,B\n'.encode('utf-8'),
    'place-and-date.csv': 'Nama Lengkap,"Tempat, Tgl Lahir",Kab/Kota,Jenis Kelamin\nRina,"Palembang, 3 Juni 1991",Palembang,P\n'.encode('utf-8'),
}
for name, data in files.items():
    with open(name, 'wb') as f:
        f.write(data)
