package nl.leerkring.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.platform.NotFoundException;

/** library/item.xhtml: one item, its sections, file or link, comments and "used it"; curating for coordinators. */
@Named
@RequestScoped
public class ItemBacking {

    @Inject
    private LibraryService library;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "item")
    private Long itemId;

    private LibraryService.ItemView view;
    private String comment;

    public void load() {
        if (view != null) {
            return;
        }
        if (itemId == null) {
            throw new NotFoundException();
        }
        view = library.view(itemId, me());
    }

    /** After every change the page is fetched again: a reload posts nothing twice, and the lists are new. */
    private void reload() {
        Faces.redirect("library/item.xhtml?item=%s", String.valueOf(itemId));
    }

    public void addComment() {
        library.comment(itemId, comment, me());
        comment = null;
        Messages.addFlashGlobalInfo("library.item.commented");
        reload();
    }

    public void deleteComment(long commentId) {
        library.deleteComment(commentId, me());
        Messages.addFlashGlobalInfo("library.item.commentDeleted");
        reload();
    }

    public void markUsed() {
        library.markUsed(itemId, me());
        Messages.addFlashGlobalInfo("library.item.usedSaved");
        reload();
    }

    public void approve() {
        library.approve(itemId, me());
        Messages.addFlashGlobalInfo("library.item.approved");
        reload();
    }

    public void decline() {
        library.decline(itemId, me());
        Messages.addFlashGlobalInfo("library.item.declined");
        reload();
    }

    public void retire(boolean retired) {
        library.retire(itemId, retired, me());
        Messages.addFlashGlobalInfo(retired ? "library.item.retired" : "library.item.unretired");
        reload();
    }

    public void feature(boolean featured) {
        library.feature(itemId, featured, me());
        Messages.addFlashGlobalInfo(featured ? "library.item.featuredOn" : "library.item.featuredOff");
        reload();
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public LibraryService.ItemView getView() {
        load();
        return view;
    }

    public LibraryItem getItem() {
        return getView().item();
    }

    public Long getItemId() {
        return itemId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
