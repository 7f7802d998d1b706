-- A group with a face and a home: welcome message, picture (stored in the database so every instance serves it),
-- what a private group's invite preview shows, and how long a declined requester waits before asking again.
ALTER TABLE "groups" ADD COLUMN "welcome_message" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "avatar_version" integer;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "preview_shows_member_count" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "preview_shows_description" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "request_again_after_days" integer DEFAULT 30;--> statement-breakpoint
CREATE TABLE "group_avatars" (
	"group_id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"image_512" bytea NOT NULL,
	"image_128" bytea NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "group_avatars" ADD CONSTRAINT "group_avatars_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;
