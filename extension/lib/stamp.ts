/** The attribute stamped on every element of a cloned draft (never on the draft itself). */
export const STAMP = 'data-optout-i';
