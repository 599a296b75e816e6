package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

/**
 * What a session holds travels between the instances of a cluster (web.xml's {@code <distributable/>}):
 * every session- and view-scoped bean is serialisable, and so is everything its fields hold, down to
 * the records and entities in its lists. Injected beans are left out: the container passes proxies.
 */
class SessionSerialisableTest {

    private static final List<Class<?>> SCOPED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.leerkring").stream()
            .filter(c -> c.isAnnotatedWith(SessionScoped.class) || c.isAnnotatedWith(ViewScoped.class)
                    || c.isAnnotatedWith(ConversationScoped.class))
            .<Class<?>>map(JavaClass::reflect)
            .toList();

    @Test
    void everySessionOrViewScopedBeanHoldsOnlySerialisableValues() {
        assertFalse(SCOPED.isEmpty(), "no scoped beans found");
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : SCOPED) {
            check(bean, bean.getName(), problems, seen);
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || Optional.class == raw) {
                if (raw == Optional.class) {
                    problems.add(path + ": Optional is not serialisable");
                }
                for (Type argument : parameterized.getActualTypeArguments()) {
                    check(argument, path + "<>", problems, seen);
                }
                return;
            }
            check(raw, path, problems, seen);
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
            return; // raw collections: their element type is not known here
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (!c.getName().startsWith("nl.leerkring.")) {
            return; // the JDK's own serialisable values (String, Long, LocalDate, BigDecimal...)
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field field : k.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)
                        || field.isSynthetic() || field.getName().startsWith("_persistence_")) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }
}
