package dev.sessioninspector.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The captured connections forward every public method of the JDK's connection (else a caller would reach the
 * unconnected wrapper's own state), and the calls the tap must see go through {@link TappedCalls}.
 */
class CapturedConnectionForwardingTest {
    static Stream<Arguments> wrappers() {
        return Stream.of(Arguments.of(HttpURLConnection.class, CapturedHttpConnection.class),
                Arguments.of(HttpsURLConnection.class, CapturedHttpsConnection.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wrappers")
    void everyPublicMethodOfTheJdkConnectionIsOverridden(Class<?> jdk, Class<?> captured) {
        assertThat(captured.getSuperclass()).isEqualTo(jdk);
        List<String> missing = new ArrayList<>();
        for (Class<?> c = jdk; c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (!Modifier.isPublic(mod) || Modifier.isStatic(mod) || Modifier.isFinal(mod) || m.isSynthetic()) {
                    continue;
                }
                try {
                    captured.getDeclaredMethod(m.getName(), m.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    missing.add(c.getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes()));
                }
            }
        }
        assertThat(missing).as("methods " + captured.getSimpleName() + " does not forward").isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wrappers")
    void theTappedCallsExistWithTheJdksSignatures(Class<?> jdk, Class<?> captured) throws Exception {
        for (Method m : TappedCalls.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                Method original = jdk.getMethod(m.getName(), m.getParameterTypes());
                assertThat(m.getReturnType()).as(m.getName()).isEqualTo(original.getReturnType());
                assertThat(captured.getDeclaredMethod(m.getName(), m.getParameterTypes())).isNotNull();
            }
        }
    }
}
