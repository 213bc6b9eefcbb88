package id.sinergi.enforcement;

/** What the employer did wrong (UU 24/2011 Pasal 15, 17, 19). */
public enum ViolationType {
    UNREGISTERED("Belum mendaftarkan diri dan pekerjanya"),
    PARTIALLY_REGISTERED("Mendaftarkan sebagian pekerja, anggota keluarga atau upah"),
    CONTRIBUTION_ARREARS("Menunggak iuran");

    private final String label;

    ViolationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
