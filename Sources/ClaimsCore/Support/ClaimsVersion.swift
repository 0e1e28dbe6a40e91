public enum ClaimsVersion {
    public static let current = "0.1.0"
}
