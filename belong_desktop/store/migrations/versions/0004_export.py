"""The data's way out: trial kits, settings, export receipts, the personal-data review.

Sessions learn which trial, institution and programme their group belongs to, and when
their texts were deleted after an export.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("trial_id", sa.String(64), nullable=True))
        batch.add_column(sa.Column("institution", sa.String(200), nullable=True))
        batch.add_column(sa.Column("programme", sa.String(200), nullable=True))
        batch.add_column(sa.Column("texts_deleted_at", sa.DateTime(), nullable=True))
    op.create_table(
        "trial_kits",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("trial_id", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(32), nullable=False),
        sa.Column("kit_json", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "exports",
        sa.Column("export_id", sa.String(36), primary_key=True),
        sa.Column(
            "session_id",
            sa.String(36),
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(200), nullable=False),
        sa.Column("bundle_sha256", sa.String(64), nullable=False),
        sa.Column("recipient_fingerprint", sa.String(32), nullable=False),
        sa.Column("counts_json", sa.Text(), nullable=False),
        sa.UniqueConstraint("session_id", "sequence"),
    )
    op.create_table(
        "review_marks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "session_id",
            sa.String(36),
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "answer_id",
            sa.Integer(),
            sa.ForeignKey("answers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("review_marks")
    op.drop_table("exports")
    op.drop_table("settings")
    op.drop_table("trial_kits")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("texts_deleted_at")
        batch.drop_column("programme")
        batch.drop_column("institution")
        batch.drop_column("trial_id")
