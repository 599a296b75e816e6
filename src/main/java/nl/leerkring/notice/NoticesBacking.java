package nl.leerkring.notice;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.platform.NotFoundException;

/** The home page's card "Sinds je laatste bezoek": the signed-in participant's own notices, "gezien" and the digest setting. */
@Named
@RequestScoped
public class NoticesBacking {

    @Inject
    private NoticeService notices;
    @Inject
    private CurrentPerson currentPerson;

    private NoticeService.Home home;
    private Boolean digestOn;

    private NoticeService.Home home() {
        if (home == null) {
            home = notices.home(me());
        }
        return home;
    }

    public List<Notice> getNotices() {
        return home().notices();
    }

    public String line(Notice notice) {
        return NoticeService.line(notice, locale());
    }

    public String time(Notice notice) {
        return notices.format(notice.at(), locale());
    }

    /** "Gezien": the notices so far are no longer new. */
    public void seen() {
        notices.markSeen(me());
        home = null;
        Messages.addGlobalInfo("notice.seenDone");
    }

    public void saveDigest() {
        notices.setDigest(me(), Boolean.TRUE.equals(digestOn));
        home = null;
        Messages.addGlobalInfo(Boolean.TRUE.equals(digestOn) ? "notice.digestOnSaved" : "notice.digestOffSaved");
    }

    public boolean isDigestOn() {
        return digestOn != null ? digestOn : home().digestOn();
    }

    public void setDigestOn(boolean digestOn) {
        this.digestOn = digestOn;
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private long me() {
        return currentPerson.id().orElseThrow(NotFoundException::new);
    }
}
