import type { FilterCompiler } from "../../render/dashboard/dashboard-types";
import { plainTextFilter } from "../../render/dashboard/entry-filter";

/**
 * What the dashboard's filter box understands. Plain words for now; the query language replaces
 * this one line with its compiler (which must keep accepting plain words).
 */
export const dashboardFilter: FilterCompiler = plainTextFilter;
