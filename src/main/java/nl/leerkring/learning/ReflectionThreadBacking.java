package nl.leerkring.learning;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.platform.NotFoundException;

/** learning/reflection.xhtml: one reflection with its response thread, for someone who may read it. */
@Named
@RequestScoped
public class ReflectionThreadBacking {

    @Inject
    private ReflectionService reflections;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "id")
    private Long id;

    private ReflectionService.Readable readable;
    private String response;

    public void load() {
        if (readable != null) {
            return;
        }
        if (id == null) {
            throw new NotFoundException();
        }
        readable = reflections.getToRead(id, me());
    }

    public void respond() {
        load();
        reflections.respond(id, response, me());
        Messages.addGlobalInfo("learning.reflection.responded");
        response = null;
        readable = null;
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public ReflectionService.Readable getReadable() {
        load();
        return readable;
    }

    public Reflection getReflection() {
        return getReadable().reflection();
    }

    public boolean isOwn() {
        return getReadable().reflection().isBy(me());
    }

    public List<String> getQuestions() {
        return Reflection.QUESTIONS;
    }

    public int getResponseMax() {
        return ReflectionResponse.TEXT_MAX;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }
}
