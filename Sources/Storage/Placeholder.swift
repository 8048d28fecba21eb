import Domain
public enum StoragePlaceholder {}
