package cn.procuratorate.wages.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.cases.workflow.Action;
import cn.procuratorate.wages.cases.workflow.Transition;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TransitionJsonTest {

    @Test
    void everyTransitionIsReadableUnderTheNameOfItsAction() {
        Map<String, Class<?>> listed = Arrays.stream(TransitionJson.class.getAnnotation(JsonSubTypes.class).value())
                .collect(Collectors.toMap(JsonSubTypes.Type::name, JsonSubTypes.Type::value));

        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Action.values()).map(Action::name).toList());
        assertThat(listed.values()).containsExactlyInAnyOrder(Transition.class.getPermittedSubclasses());
        for (Class<?> type : Transition.class.getPermittedSubclasses()) {
            String name = listed.entrySet().stream().filter(e -> e.getValue() == type).findFirst().orElseThrow()
                    .getKey();
            assertThat(Action.valueOf(name)).as("action of %s", type.getSimpleName()).isEqualTo(actionOf(type));
        }
    }

    /** The action a transition record reports, read from an instance with every component empty. */
    private static Action actionOf(Class<?> type) {
        try {
            var components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(c -> c.getType()).toArray(Class<?>[]::new);
            Object[] values = Arrays.stream(types).map(t -> t == boolean.class ? false : t == int.class ? 0 : null)
                    .toArray();
            return ((Transition) type.getDeclaredConstructor(types).newInstance(values)).action();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
