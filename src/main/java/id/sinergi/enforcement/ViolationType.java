package id.sinergi.enforcement;

/** What the employer did wrong (UU 24/2011 Pasal 15, 17, 19). */
public enum ViolationType {
    /** Belum mendaftarkan diri dan pekerjanya. */
    UNREGISTERED,
    /** Mendaftarkan sebagian pekerja, anggota keluarga, atau upah. */
    PARTIALLY_REGISTERED,
    /** Menunggak iuran. */
    CONTRIBUTION_ARREARS
}
