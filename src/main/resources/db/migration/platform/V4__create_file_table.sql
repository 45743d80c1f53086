-- 文件库: one row per upload; the content lives once per SM3 hash under zt.files.root.
CREATE TABLE plt_file (
    id            UUID NOT NULL PRIMARY KEY,
    sm3           CHAR(64) NOT NULL,
    size_bytes    BIGINT NOT NULL,
    media_type    VARCHAR(200) NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    owner_id      VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX plt_file_by_sm3_idx ON plt_file (sm3);
CREATE INDEX plt_file_by_owner_idx ON plt_file (owner_id);
