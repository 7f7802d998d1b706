-- The activity log: one append-only row per admin action, written in the action's transaction.
CREATE TABLE "group_activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"target_user_id" uuid,
	"target_invite_link_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "group_activity" ADD CONSTRAINT "group_activity_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_activity" ADD CONSTRAINT "group_activity_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_activity" ADD CONSTRAINT "group_activity_target_user_id_users_id_fk" FOREIGN KEY ("target_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_activity" ADD CONSTRAINT "group_activity_target_invite_link_id_invite_links_id_fk" FOREIGN KEY ("target_invite_link_id") REFERENCES "public"."invite_links"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_activity_newest" ON "group_activity" USING btree ("group_id","created_at" DESC,"id" DESC);--> statement-breakpoint
CREATE INDEX "group_activity_kind_newest" ON "group_activity" USING btree ("group_id","kind","created_at" DESC,"id" DESC);--> statement-breakpoint
CREATE INDEX "group_activity_actor_newest" ON "group_activity" USING btree ("group_id","actor_id","created_at" DESC,"id" DESC);--> statement-breakpoint
-- What mail each person wants; no row means the defaults.
CREATE TABLE "notification_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"join_requests" text DEFAULT 'every' NOT NULL,
	"request_decisions" boolean DEFAULT true NOT NULL,
	"invitee_joined" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_settings_join_requests_valid" CHECK ("notification_settings"."join_requests" in ('every', 'daily', 'none'))
);--> statement-breakpoint
ALTER TABLE "notification_settings" ADD CONSTRAINT "notification_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- One-click unsubscribe (RFC 8058): a random token per mail, stored hashed, naming the person and the topic.
CREATE TABLE "unsubscribe_tokens" (
	"token_hash" bytea PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "unsubscribe_tokens" ADD CONSTRAINT "unsubscribe_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Join-request alerts gathered per admin and group: the window after a mail (10 minutes) or the day of a digest.
CREATE TABLE "join_request_alerts" (
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"window_ends_at" timestamp with time zone NOT NULL,
	"gathered" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "join_request_alerts_group_id_user_id_pk" PRIMARY KEY("group_id","user_id")
);--> statement-breakpoint
ALTER TABLE "join_request_alerts" ADD CONSTRAINT "join_request_alerts_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_request_alerts" ADD CONSTRAINT "join_request_alerts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "join_request_alerts_due" ON "join_request_alerts" USING btree ("window_ends_at") WHERE "join_request_alerts"."gathered" > 0;--> statement-breakpoint
-- Extra headers of a message (List-Unsubscribe on notifications).
ALTER TABLE "mail_outbox" ADD COLUMN "headers" jsonb DEFAULT '{}'::jsonb NOT NULL;
--> statement-breakpoint
-- People search matches any part of a name or email ("hopper", "@example.com"): trigram indexes serve LIKE '%x%'.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "users_name_trgm" ON "users" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "users_email_trgm" ON "users" USING gin (lower("email") gin_trgm_ops);
