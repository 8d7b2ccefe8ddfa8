import { ValidateBy, type ValidationOptions } from 'class-validator';

export const MAX_DECIMAL_PLACES = 'maxDecimalPlaces';

/**
 * A finite number with at most `places` decimals. class-validator's own `maxDecimalPlaces` reads the
 * decimals from `toString()` and throws on exponent forms such as 5e-324 (a 500 instead of a 400).
 */
export function MaxDecimalPlaces(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: MAX_DECIMAL_PLACES, constraints: [places], validator: { validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value } }, options);
}
