-- CreateTable
CREATE TABLE "cohort_gradings" (
    "cohort_id" UUID NOT NULL,
    "lab_weight" INTEGER NOT NULL DEFAULT 50,
    "quiz_weight" INTEGER NOT NULL DEFAULT 50,
    "hint_penalty" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "quiz_attempt" TEXT NOT NULL DEFAULT 'quiz',
    "canvas_assignment_ids" JSONB NOT NULL DEFAULT '{}',
    "quiz_due_dates" JSONB NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cohort_gradings_pkey" PRIMARY KEY ("cohort_id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_user_id_idx" ON "api_tokens"("user_id");

-- AddForeignKey
ALTER TABLE "cohort_gradings" ADD CONSTRAINT "cohort_gradings_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
