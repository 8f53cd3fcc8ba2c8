-- CreateTable
CREATE TABLE "cluster_credentials" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "lab_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "cluster_credentials_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "cluster_credentials_token_hash_key" ON "cluster_credentials"("token_hash");

-- CreateIndex
CREATE INDEX "cluster_credentials_user_id_lab_id_idx" ON "cluster_credentials"("user_id", "lab_id");

-- AddForeignKey
ALTER TABLE "cluster_credentials" ADD CONSTRAINT "cluster_credentials_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
