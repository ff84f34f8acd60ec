using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgePay.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CatalogManagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Lessons_ChapterId_Position",
                table: "Lessons");

            migrationBuilder.DropIndex(
                name: "IX_Courses_CreatorId",
                table: "Courses");

            migrationBuilder.DropIndex(
                name: "IX_Chapters_CourseId_Position",
                table: "Chapters");

            migrationBuilder.AddColumn<Guid>(
                name: "UserId",
                table: "Creators",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Courses",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    EntityType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Changes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_ChapterId_Position",
                table: "Lessons",
                columns: new[] { "ChapterId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Creators_UserId",
                table: "Creators",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Courses_CreatorId_CreatedAt_Id",
                table: "Courses",
                columns: new[] { "CreatorId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Chapters_CourseId_Position",
                table: "Chapters",
                columns: new[] { "CourseId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityId_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "EntityId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OccurredAt_Id",
                table: "AuditEntries",
                columns: new[] { "OccurredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "UserId", "OccurredAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_Creators_Users_UserId",
                table: "Creators",
                column: "UserId",
                principalTable: "Users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Creators_Users_UserId",
                table: "Creators");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_Lessons_ChapterId_Position",
                table: "Lessons");

            migrationBuilder.DropIndex(
                name: "IX_Creators_UserId",
                table: "Creators");

            migrationBuilder.DropIndex(
                name: "IX_Courses_CreatorId_CreatedAt_Id",
                table: "Courses");

            migrationBuilder.DropIndex(
                name: "IX_Chapters_CourseId_Position",
                table: "Chapters");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "Creators");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Courses");

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_ChapterId_Position",
                table: "Lessons",
                columns: new[] { "ChapterId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Courses_CreatorId",
                table: "Courses",
                column: "CreatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Chapters_CourseId_Position",
                table: "Chapters",
                columns: new[] { "CourseId", "Position" },
                unique: true);
        }
    }
}
