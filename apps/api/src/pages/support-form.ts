export type SupportFormErrors = Partial<Record<'email' | 'district', string>>;

/** What the idea page's support form shows: the districts by name, what was typed, and the errors. */
export function supportForm(
  districts: { code: string; name: string }[],
  values: { email?: string; district?: string },
  errors: SupportFormErrors,
  csrf: string,
) {
  return {
    csrf,
    values,
    errors,
    hasErrors: Object.keys(errors).length > 0,
    errorList: Object.entries(errors).map(([field, kind]) => ({ field, kind })),
    districts: [...districts].sort((a, b) => a.name.localeCompare(b.name, 'da')).map(({ code, name }) => ({ code, name, selected: code === values.district })),
  };
}
