package id.sinergi.enforcement;

/** Employer size class as used in JKN statistics (UMKM and usaha besar). */
public enum SizeClass {
    MICRO("usaha mikro"),
    SMALL("usaha kecil"),
    MEDIUM("usaha menengah"),
    LARGE("usaha besar");

    private final String label;

    SizeClass(String label) {
        this.label = label;
    }

    /** As staff say it, in lower case for use inside a sentence. */
    public String label() {
        return label;
    }
}
