package dev.cryptotrader.app.ui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * A port (a store interface) that is only opened on its first call. Screens are built on the JavaFX thread, and
 * opening a SQLite store there (migrations, connections) would delay the first frame; their calls run in the
 * background, so that is where the store opens.
 */
public final class LazyPort {

    private LazyPort() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T of(Class<T> port, Supplier<? extends T> open) {
        if (!port.isInterface()) {
            throw new IllegalArgumentException(port.getName() + " is not an interface");
        }
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "lazy " + port.getSimpleName();
                };
            }
            try {
                return method.invoke(open.get(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause(); // the store's own exception, not the reflection wrapper
            }
        });
    }
}
