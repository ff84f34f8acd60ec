using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgePay.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Analytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enrollments_CourseId",
                table: "Enrollments");

            migrationBuilder.CreateIndex(
                name: "IX_Users_CreatedAt",
                table: "Users",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_PaidAt",
                table: "Orders",
                column: "PaidAt");

            migrationBuilder.CreateIndex(
                name: "IX_OrderRefunds_CompletedAt",
                table: "OrderRefunds",
                column: "CompletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_CourseId_GrantedAt",
                table: "Enrollments",
                columns: new[] { "CourseId", "GrantedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BehaviourEvents_CourseId_Kind_OccurredAt",
                table: "BehaviourEvents",
                columns: new[] { "CourseId", "Kind", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BehaviourEvents_Kind_OccurredAt",
                table: "BehaviourEvents",
                columns: new[] { "Kind", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BehaviourEvents_OccurredAt",
                table: "BehaviourEvents",
                column: "OccurredAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Users_CreatedAt",
                table: "Users");

            migrationBuilder.DropIndex(
                name: "IX_Orders_PaidAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_OrderRefunds_CompletedAt",
                table: "OrderRefunds");

            migrationBuilder.DropIndex(
                name: "IX_Enrollments_CourseId_GrantedAt",
                table: "Enrollments");

            migrationBuilder.DropIndex(
                name: "IX_BehaviourEvents_CourseId_Kind_OccurredAt",
                table: "BehaviourEvents");

            migrationBuilder.DropIndex(
                name: "IX_BehaviourEvents_Kind_OccurredAt",
                table: "BehaviourEvents");

            migrationBuilder.DropIndex(
                name: "IX_BehaviourEvents_OccurredAt",
                table: "BehaviourEvents");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_CourseId",
                table: "Enrollments",
                column: "CourseId");
        }
    }
}
