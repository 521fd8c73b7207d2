/** The projection's name and the logical table (a view) the API reads. */
export const PUBLIC_STATUS = 'public_status';
