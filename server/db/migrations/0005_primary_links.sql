-- One stable primary link per group (what the Invite dialog shows first), enforced by the database: at most one
-- primary link per group. A reset links the old row to its replacement, so the list can fold the two together.
-- Removed memberships keep a snapshot for a short while, so "Undo" re-adds the member as they were.
ALTER TABLE "invite_links" ADD COLUMN "is_primary" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "invite_links" ADD COLUMN "replaced_by_id" uuid;--> statement-breakpoint
ALTER TABLE "invite_links" ADD CONSTRAINT "invite_links_replaced_by_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."invite_links"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invite_links_one_primary_per_group" ON "invite_links" USING btree ("group_id") WHERE "invite_links"."is_primary";--> statement-breakpoint
-- Existing groups: the link the dialog showed until now (the newest one that still works) becomes primary.
UPDATE "invite_links" SET "is_primary" = true WHERE "id" IN (
	SELECT DISTINCT ON ("group_id") "id" FROM "invite_links"
	WHERE "revoked_at" IS NULL
		AND ("expires_at" IS NULL OR "expires_at" > now())
		AND ("max_uses" IS NULL OR "uses" < "max_uses")
	ORDER BY "group_id", "created_at" DESC
);--> statement-breakpoint
CREATE TABLE "membership_removals" (
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"joined_via" text NOT NULL,
	"invite_link_id" uuid,
	"email_invite_id" uuid,
	"invited_by" uuid,
	"banned" boolean DEFAULT false NOT NULL,
	"removed_by" uuid,
	"removed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_removals_group_id_user_id_pk" PRIMARY KEY("group_id","user_id")
);--> statement-breakpoint
ALTER TABLE "membership_removals" ADD CONSTRAINT "membership_removals_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_removals" ADD CONSTRAINT "membership_removals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_removals" ADD CONSTRAINT "membership_removals_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_removals" ADD CONSTRAINT "membership_removals_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
