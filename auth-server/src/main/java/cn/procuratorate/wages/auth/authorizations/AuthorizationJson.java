package cn.procuratorate.wages.auth.authorizations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.jackson.SecurityJacksonModules;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Attributes and token metadata as JSON, the way Spring Authorization Server's JDBC service keeps them: Spring
 * Security's Jackson 3 modules write the type of each value, and read back only the types they allow (the signed-in
 * user, the authorization request, claims…), so a document cannot make the issuer instantiate anything else. Its own
 * mapper: Boot's {@code JsonMapper} has neither the type information nor the allow-list.
 */
final class AuthorizationJson {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper mapper = JsonMapper.builder()
            .addModules(SecurityJacksonModules.getModules(AuthorizationJson.class.getClassLoader()))
            .build();

    String write(Map<String, Object> values) {
        return mapper.writeValueAsString(allowListed(values));
    }

    Map<String, Object> read(String json) {
        return mapper.readValue(json, MAP);
    }

    /**
     * The allow-list has HashMap, ArrayList and the unmodifiable wrappers, but not the JDK's immutable collections
     * ({@code List.of}, {@code Stream.toList()}) that claims are built with, e.g. {@code roles}: plain maps and
     * collections are copied into allowed ones (objects such as the signed-in user have their own mix-ins).
     */
    @SuppressWarnings("unchecked")
    private static <T> T allowListed(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new HashMap<>();
            map.forEach((key, entry) -> copy.put(key, allowListed(entry)));
            return (T) copy;
        }
        if (value instanceof Set<?> set) {
            Set<Object> copy = new LinkedHashSet<>();
            set.forEach(element -> copy.add(allowListed(element)));
            return (T) Collections.unmodifiableSet(copy);
        }
        if (value instanceof Collection<?> collection) {
            Collection<Object> copy = new ArrayList<>();
            collection.forEach(element -> copy.add(allowListed(element)));
            return (T) copy;
        }
        return value;
    }
}
