package org.enforcementgraph.system.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a {@link Command} or an {@link Importer} and says how to call it; {@code --help} reads these annotations
 * without starting the database.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CommandInfo {

	/** The word typed on the command line, e.g. {@code import} or, for an importer, {@code ice-287g}. */
	String name();

	/** Arguments after the name, e.g. {@code [--as-of YYYY-MM-DD] FILE...}. */
	String usage() default "";

	/** One line saying what it does. */
	String summary();

}
