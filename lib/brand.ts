/** The product name shown in the UI: change it here and everywhere follows. */
export const PRODUCT_NAME = 'Ratwise';
export const PRODUCT_TAGLINE = 'Rescue management for rat rescues and breeders';
