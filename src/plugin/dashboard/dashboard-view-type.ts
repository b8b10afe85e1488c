/** Agreed across features: the dashboard's view type and its icon (Lucide). */
export const VIEW_TYPE_DASHBOARD = "framework-atlas-dashboard";
export const DASHBOARD_ICON = "layout-list";
