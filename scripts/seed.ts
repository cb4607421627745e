import { prepareData } from "./prepare-data";

prepareData().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
