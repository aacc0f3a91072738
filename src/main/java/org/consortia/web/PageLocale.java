package org.consortia.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every template instance created while a request is handled speaks the visitor's language (pages,
 * their message bundle, dates and numbers): an initializer added to Qute's engine when it is built.
 */
@ApplicationScoped
public class PageLocale {

    void addToEngine(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(PageLocale::localise);
    }

    /** Only for a template made while an HTTP request is handled (a mail written by a job has its own locale). */
    private static void localise(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()
                && Arc.container().instance(CurrentVertxRequest.class).get().getCurrent() != null) {
            instance.setLocale(Arc.container().instance(Language.class).get().locale());
        }
    }
}
