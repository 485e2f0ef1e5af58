package sage.server.platform.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.util.unit.DataSize;

/** A {@link DataSize} setting between two sizes, both inclusive. */
@Documented
@Constraint(validatedBy = DataSizeRange.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface DataSizeRange {

	String min();

	String max();

	String message() default "must be a size between {min} and {max}, such as 512KB or 1MB";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the range; a missing value is left to {@code @NotNull}. */
	class Validator implements ConstraintValidator<DataSizeRange, DataSize> {

		private DataSize min = DataSize.ofBytes(0);

		private DataSize max = DataSize.ofBytes(Long.MAX_VALUE);

		@Override
		public void initialize(DataSizeRange range) {
			this.min = DataSize.parse(range.min());
			this.max = DataSize.parse(range.max());
		}

		@Override
		public boolean isValid(DataSize value, ConstraintValidatorContext context) {
			return value == null || (value.compareTo(this.min) >= 0 && value.compareTo(this.max) <= 0);
		}

	}

}
