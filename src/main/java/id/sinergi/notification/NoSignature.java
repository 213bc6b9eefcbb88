package id.sinergi.notification;

import org.springframework.stereotype.Component;

/**
 * Until electronic signatures exist (issue 11, next slice), a letter leaves as laid out. The PAdES signer
 * replaces this bean; nothing else changes, since {@link LetterService} archives whatever the signer returns.
 */
@Component
class NoSignature implements LetterSigner {

    @Override
    public byte[] sign(byte[] pdf, String number) {
        return pdf;
    }
}
