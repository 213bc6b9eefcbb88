package id.sinergi.enforcement;

/** Employer size class as used in JKN statistics (UMKM and usaha besar). */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE
}
