package org.enforcementgraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Orders test classes so that those reading the shared {@link RealGraph} ({@link Uses}) run last and together: the
 * real data is then imported once per run, not once per class (set in junit-platform.properties).
 */
public final class RealGraphLast implements ClassOrderer {

	/** Marks a test class that reads the shared real graph. */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	public @interface Uses {
	}

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors()
			.sort(Comparator.comparing((ClassDescriptor c) -> c.isAnnotated(Uses.class))
				.thenComparing(c -> c.getTestClass().getName()));
	}

}
