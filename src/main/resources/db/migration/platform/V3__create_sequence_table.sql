-- 编号序列: one row per counter and period; next_value is the number the next caller gets.
-- Rows are locked by UPDATE inside the caller's transaction (see Sequences), hence gapless.
CREATE TABLE plt_sequence (
    seq_name   VARCHAR(100) NOT NULL,
    period     VARCHAR(20) NOT NULL,
    next_value BIGINT NOT NULL,
    PRIMARY KEY (seq_name, period)
);
