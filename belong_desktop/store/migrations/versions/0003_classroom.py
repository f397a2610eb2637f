"""The classroom: join codes per session, anonymous participants and their answers.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _session_fk() -> sa.ForeignKey:
    return sa.ForeignKey("sessions.id", ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "classrooms",
        sa.Column("session_id", sa.String(36), _session_fk(), primary_key=True),
        sa.Column("join_code", sa.String(16), nullable=False, index=True),
        sa.Column("link_token", sa.String(64), nullable=False, unique=True),
        sa.Column("port", sa.Integer(), nullable=True),
        sa.Column("bind_host", sa.String(64), nullable=True),
        sa.Column("device_epoch", sa.Integer(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "participants",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("session_id", sa.String(36), _session_fk(), nullable=False, index=True),
        sa.Column("token_digest", sa.String(64), nullable=False, unique=True),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.String(36), _session_fk(), nullable=False),
        sa.Column(
            "participant_id",
            sa.String(32),
            sa.ForeignKey("participants.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("step_id", sa.String(64), nullable=False),
        sa.Column("step_index", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("draft", sa.Text(), nullable=True),
        sa.Column("choice", sa.Integer(), nullable=True),
        sa.Column("share", sa.Boolean(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("participant_id", "step_id"),
    )
    op.create_index("ix_answers_session_step", "answers", ["session_id", "step_id"])


def downgrade() -> None:
    op.drop_index("ix_answers_session_step", "answers")
    op.drop_table("answers")
    op.drop_table("participants")
    op.drop_table("classrooms")
