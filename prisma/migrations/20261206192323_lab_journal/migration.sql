-- AlterTable
ALTER TABLE "lab_sessions" ADD COLUMN     "epoch" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "journal_seq" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "lab_journal" (
    "user_id" UUID NOT NULL,
    "lab_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "epoch" INTEGER NOT NULL,
    "data" JSON NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lab_journal_pkey" PRIMARY KEY ("user_id","lab_id","seq")
);

-- AddForeignKey
ALTER TABLE "lab_journal" ADD CONSTRAINT "lab_journal_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
