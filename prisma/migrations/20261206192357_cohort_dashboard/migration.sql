-- AlterTable
ALTER TABLE "cohorts" ADD COLUMN     "archived_at" TIMESTAMPTZ(3),
ADD COLUMN     "help_failed_checks" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "help_idle_minutes" INTEGER NOT NULL DEFAULT 15;

-- CreateTable
CREATE TABLE "lab_due_dates" (
    "cohort_id" UUID NOT NULL,
    "lab_id" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lab_due_dates_pkey" PRIMARY KEY ("cohort_id","lab_id")
);

-- CreateTable
CREATE TABLE "activities" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "lab_id" TEXT,
    "step_id" TEXT,
    "quiz_id" TEXT,
    "cohort_id" UUID,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "dedupe_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "help_flag_clears" (
    "cohort_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "lab_id" TEXT NOT NULL,
    "step_id" TEXT NOT NULL,
    "failed_checks" INTEGER NOT NULL,
    "cleared_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cleared_by" UUID,

    CONSTRAINT "help_flag_clears_pkey" PRIMARY KEY ("cohort_id","user_id","lab_id","step_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "activities_dedupe_key_key" ON "activities"("dedupe_key");

-- CreateIndex
CREATE INDEX "activities_user_id_created_at_idx" ON "activities"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "activities_created_at_idx" ON "activities"("created_at");

-- AddForeignKey
ALTER TABLE "lab_due_dates" ADD CONSTRAINT "lab_due_dates_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "help_flag_clears" ADD CONSTRAINT "help_flag_clears_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "help_flag_clears" ADD CONSTRAINT "help_flag_clears_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
