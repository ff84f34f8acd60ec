using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgePay.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BehaviourEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BehaviourEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LessonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ProgressPercent = table.Column<int>(type: "int", nullable: true),
                    Context = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OccurredOnDay = table.Column<int>(type: "int", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BehaviourEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BehaviourEvents_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BehaviourEvents_CourseId_OccurredOnDay",
                table: "BehaviourEvents",
                columns: new[] { "CourseId", "OccurredOnDay" });

            migrationBuilder.CreateIndex(
                name: "IX_BehaviourEvents_OccurredOnDay_UserId_CourseId",
                table: "BehaviourEvents",
                columns: new[] { "OccurredOnDay", "UserId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_BehaviourEvents_UserId_EventId",
                table: "BehaviourEvents",
                columns: new[] { "UserId", "EventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BehaviourEvents_UserId_OccurredOnDay",
                table: "BehaviourEvents",
                columns: new[] { "UserId", "OccurredOnDay" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BehaviourEvents");
        }
    }
}
