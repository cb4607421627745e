import { PAYMENTS_APPLICATIONS } from "./applications-payments";
import { PLATFORM_APPLICATIONS } from "./applications-platform";
import type { DemoApplication } from "./types";

/** Every demo candidate with their application, in the order they are written. */
export const DEMO_APPLICATIONS: readonly DemoApplication[] = [...PAYMENTS_APPLICATIONS, ...PLATFORM_APPLICATIONS];

/** A submitted scorecard was submitted this long after its interview started. */
export const SUBMITTED_HOURS_AFTER_INTERVIEW = 3;
