-- Accept without hot rows (docs/decisions/121-accept-without-hot-rows.md). A link's uses and a group's joins
-- through links are counted in 16 shard rows each instead of one row that every accept updates and then holds
-- locked until its commit. A limited link's remaining uses are spread over its shards as quotas, so no shard
-- can go past its quota and the link cannot go past max_uses.
CREATE TABLE "invite_link_use_shards" (
	"invite_link_id" uuid NOT NULL REFERENCES "invite_links"("id") ON DELETE cascade,
	"shard" smallint NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	"quota" integer,
	CONSTRAINT "invite_link_use_shards_pk" PRIMARY KEY ("invite_link_id", "shard"),
	CONSTRAINT "invite_link_use_shards_within_quota" CHECK ("quota" is null or "used" <= "quota")
);--> statement-breakpoint
CREATE TABLE "group_member_count_shards" (
	"group_id" uuid NOT NULL REFERENCES "groups"("id") ON DELETE cascade,
	"shard" smallint NOT NULL,
	"members" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "group_member_count_shards_pk" PRIMARY KEY ("group_id", "shard")
);--> statement-breakpoint

-- Creates a link's 16 shards if needed and spreads what is left of max_uses over them as quotas (null: no limit).
-- Locks the shards in order first, so no claim crosses the new quotas. A maximum below the uses already counted
-- is refused (check_violation), so a link never shows more uses than its limit.
CREATE FUNCTION "hearth_spread_link_quota"(p_link_id uuid, p_max_uses integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	v_total integer;
	v_left integer;
BEGIN
	INSERT INTO invite_link_use_shards (invite_link_id, shard)
		SELECT p_link_id, s FROM generate_series(0, 15) AS s
		ON CONFLICT DO NOTHING;
	PERFORM 1 FROM invite_link_use_shards WHERE invite_link_id = p_link_id ORDER BY shard FOR UPDATE;
	IF p_max_uses IS NULL THEN
		UPDATE invite_link_use_shards SET quota = NULL WHERE invite_link_id = p_link_id;
		RETURN;
	END IF;
	SELECT coalesce(sum(used), 0) INTO v_total FROM invite_link_use_shards WHERE invite_link_id = p_link_id;
	IF p_max_uses < v_total THEN
		-- Uses counted since the caller checked: the limit would be below them (answered as a validation error).
		RAISE EXCEPTION 'max_uses % is below the % uses already counted', p_max_uses, v_total USING ERRCODE = 'check_violation';
	END IF;
	v_left := p_max_uses - v_total;
	UPDATE invite_link_use_shards
		SET quota = used + v_left / 16 + CASE WHEN shard < v_left % 16 THEN 1 ELSE 0 END
		WHERE invite_link_id = p_link_id;
END $$;--> statement-breakpoint

CREATE FUNCTION "hearth_invite_link_shards"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' OR NEW.max_uses IS DISTINCT FROM OLD.max_uses THEN
		PERFORM hearth_spread_link_quota(NEW.id, NEW.max_uses);
	END IF;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "invite_links_shards" AFTER INSERT OR UPDATE OF max_uses ON "invite_links"
	FOR EACH ROW EXECUTE FUNCTION hearth_invite_link_shards();--> statement-breakpoint

-- Existing links keep their count (on shard 0) and their limit.
INSERT INTO invite_link_use_shards (invite_link_id, shard, used)
	SELECT l.id, s, CASE WHEN s = 0 THEN l.uses ELSE 0 END FROM invite_links l, generate_series(0, 15) AS s;--> statement-breakpoint
SELECT hearth_spread_link_quota(id, max_uses) FROM invite_links WHERE max_uses IS NOT NULL;--> statement-breakpoint
ALTER TABLE "invite_links" DROP CONSTRAINT "invite_links_uses_within_max";--> statement-breakpoint
ALTER TABLE "invite_links" DROP COLUMN "uses";--> statement-breakpoint

-- Counts one use of a link: 0 = no room left, 1 = counted, 2 = counted and that was the link's last use.
-- A link without a limit counts on a random shard (one UPDATE; it waits only for the few accepts on that
-- shard); a limited link takes a free shard with room (SKIP LOCKED), and waits for a busy one only when none is.
-- "The last use" is decided under a per-link advisory lock taken only by claims that fill their shard, so of two
-- claims filling the last two shards at once, the second sees the first and exactly one answers 2.
CREATE FUNCTION "hearth_claim_link_use"(p_link_id uuid) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
	-- Drawn once: random() in the WHERE clause would be drawn again for every row.
	v_shard smallint := floor(random() * 16)::smallint;
	v_used integer;
	v_quota integer;
BEGIN
	-- A link without a limit: a random shard, which always has room (it waits only for the few accepts on it).
	-- A limited link's shards do not match here, so it never waits for a shard that may turn out full.
	UPDATE invite_link_use_shards SET used = used + 1
		WHERE invite_link_id = p_link_id AND shard = v_shard AND quota IS NULL
		RETURNING shard, used, quota INTO v_shard, v_used, v_quota;
	IF NOT FOUND THEN
		LOOP
			SELECT shard INTO v_shard FROM invite_link_use_shards
				WHERE invite_link_id = p_link_id AND (quota IS NULL OR used < quota)
				ORDER BY shard LIMIT 1 FOR UPDATE SKIP LOCKED;
			IF NOT FOUND THEN
				SELECT shard INTO v_shard FROM invite_link_use_shards
					WHERE invite_link_id = p_link_id AND (quota IS NULL OR used < quota)
					ORDER BY shard LIMIT 1 FOR UPDATE;
				IF NOT FOUND THEN
					RETURN 0;
				END IF;
			END IF;
			UPDATE invite_link_use_shards SET used = used + 1
				WHERE invite_link_id = p_link_id AND shard = v_shard AND (quota IS NULL OR used < quota)
				RETURNING used, quota INTO v_used, v_quota;
			EXIT WHEN FOUND;
		END LOOP;
	END IF;
	IF v_quota IS NULL OR v_used < v_quota THEN
		RETURN 1;
	END IF;
	PERFORM pg_advisory_xact_lock(hashtextextended(p_link_id::text, 121));
	IF EXISTS (SELECT 1 FROM invite_link_use_shards WHERE invite_link_id = p_link_id AND used < quota) THEN
		RETURN 1;
	END IF;
	RETURN 2;
END $$;--> statement-breakpoint

-- A join counted on one of the group's 16 member-count shards (groups.member_count holds the rest).
CREATE FUNCTION "hearth_count_member_join"(p_group_id uuid) RETURNS void
LANGUAGE sql AS $$
	INSERT INTO group_member_count_shards (group_id, shard, members) VALUES (p_group_id, floor(random() * 16)::smallint, 1)
	ON CONFLICT (group_id, shard) DO UPDATE SET members = group_member_count_shards.members + 1;
$$;--> statement-breakpoint

-- The leak breaker's rule, as leak-breaker.rules.ts states it (a test compares the two over a grid of inputs).
CREATE FUNCTION "hearth_leak_suspected"(p_in_window integer, p_previous_day integer, p_threshold integer, p_window_minutes integer, p_rate_multiplier integer)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
	SELECT p_in_window + 1 > p_threshold
		AND (p_in_window + 1) * (60.0 / p_window_minutes) > p_rate_multiplier * (p_previous_day / 24.0);
$$;--> statement-breakpoint

-- The whole accept of an invite link in one call, when it is a plain join: a public group's link that needs no
-- approval, a person with no membership, ban or request, and nothing else to write (no webhook subscribed to
-- the join, an inviter who does not want join mail, the leak breaker off or not tripping). Anything else
-- answers 'slow' having written nothing, and the caller runs the general accept (invitations.service.ts).
-- Answers: 'joined', 'member' (already in: their role), 'pending' (their request is waiting), 'slow'.
CREATE FUNCTION "hearth_accept_link"(p_code_hash bytea, p_user_id uuid, p_window_minutes integer, p_rate_multiplier integer)
RETURNS TABLE (result_outcome text, result_group_id uuid, result_group_slug text, result_role text)
LANGUAGE plpgsql AS $$
DECLARE
	l invite_links%ROWTYPE;
	g groups%ROWTYPE;
	v_role text;
	v_request text;
	v_in_window integer;
	v_previous_day integer;
	v_claim integer;
BEGIN
	SELECT * INTO l FROM invite_links WHERE code_hash = p_code_hash;
	IF NOT FOUND THEN
		RETURN QUERY SELECT 'slow', NULL::uuid, NULL::text, NULL::text; RETURN;
	END IF;
	-- Locks in the order every writer takes them: the group (KEY SHARE: admins' edits, which take NO KEY UPDATE,
	-- go on; a deletion waits for us, or we for it), then the link, then shards. The link is share-locked and
	-- read again, so a revoke or an edit of the limit waits for accepts in flight and every later accept sees it.
	SELECT * INTO g FROM groups WHERE id = l.group_id FOR KEY SHARE;
	IF NOT FOUND THEN
		RETURN QUERY SELECT 'slow', NULL::uuid, NULL::text, NULL::text; RETURN;
	END IF;
	IF g.leak_breaker_enabled THEN
		-- The breaker's count must be exact: accepts through this link are decided one after another.
		SELECT * INTO l FROM invite_links WHERE id = l.id FOR NO KEY UPDATE;
	ELSE
		SELECT * INTO l FROM invite_links WHERE id = l.id FOR SHARE;
	END IF;
	IF NOT FOUND OR l.revoked_at IS NOT NULL OR g.invites_paused OR l.expires_at <= now()
		OR (l.max_uses IS NOT NULL AND NOT EXISTS (
			SELECT 1 FROM invite_link_use_shards s WHERE s.invite_link_id = l.id AND s.used < s.quota))
		OR EXISTS (SELECT 1 FROM group_bans b WHERE b.group_id = g.id AND b.user_id = p_user_id) THEN
		RETURN QUERY SELECT 'slow', NULL::uuid, NULL::text, NULL::text; RETURN;
	END IF;
	SELECT m.role INTO v_role FROM memberships m WHERE m.group_id = g.id AND m.user_id = p_user_id;
	IF FOUND THEN
		RETURN QUERY SELECT 'member', g.id, g.slug, v_role; RETURN;
	END IF;
	SELECT r.status INTO v_request FROM join_requests r
		WHERE r.group_id = g.id AND r.user_id = p_user_id ORDER BY r.created_at DESC LIMIT 1;
	IF v_request = 'pending' THEN
		RETURN QUERY SELECT 'pending', g.id, g.slug, NULL::text; RETURN;
	END IF;
	IF v_request = 'declined' OR g.visibility = 'private' OR l.requires_approval
		OR EXISTS (SELECT 1 FROM webhook_endpoints w WHERE w.group_id = g.id AND w.disabled_at IS NULL
			AND ('member.joined' = ANY (w.events) OR (l.max_uses IS NOT NULL AND 'invite_link.exhausted' = ANY (w.events))))
		OR (l.created_by <> p_user_id AND EXISTS (
			SELECT 1 FROM notification_settings n WHERE n.user_id = l.created_by AND n.invitee_joined)) THEN
		RETURN QUERY SELECT 'slow', NULL::uuid, NULL::text, NULL::text; RETURN;
	END IF;
	IF g.leak_breaker_enabled THEN
		SELECT count(*) FILTER (WHERE m.joined_at > now() - make_interval(mins => p_window_minutes)),
		       count(*) FILTER (WHERE m.joined_at <= now() - make_interval(mins => p_window_minutes))
			INTO v_in_window, v_previous_day
			FROM memberships m
			WHERE m.invite_link_id = l.id AND m.joined_at > now() - make_interval(mins => p_window_minutes) - interval '24 hours';
		IF hearth_leak_suspected(v_in_window, v_previous_day, coalesce(l.leak_threshold, g.leak_breaker_threshold),
			p_window_minutes, p_rate_multiplier) THEN
			RETURN QUERY SELECT 'slow', NULL::uuid, NULL::text, NULL::text; RETURN;
		END IF;
	END IF;
	INSERT INTO invite_link_uses (invite_link_id, user_id) VALUES (l.id, p_user_id) ON CONFLICT DO NOTHING;
	IF NOT FOUND THEN
		-- Used before (a former member coming back): the general accept knows what that means.
		RETURN QUERY SELECT 'slow', NULL::uuid, NULL::text, NULL::text; RETURN;
	END IF;
	v_claim := hearth_claim_link_use(l.id);
	IF v_claim = 0 THEN
		DELETE FROM invite_link_uses WHERE invite_link_id = l.id AND user_id = p_user_id;
		RETURN QUERY SELECT 'slow', NULL::uuid, NULL::text, NULL::text; RETURN;
	END IF;
	INSERT INTO memberships (group_id, user_id, role, joined_via, invite_link_id, invited_by)
		VALUES (g.id, p_user_id, 'member', 'invite_link', l.id, l.created_by);
	PERFORM hearth_count_member_join(g.id);
	RETURN QUERY SELECT 'joined', g.id, g.slug, 'member'::text;
END $$;
