public enum SecretariatPlaceholder {}
