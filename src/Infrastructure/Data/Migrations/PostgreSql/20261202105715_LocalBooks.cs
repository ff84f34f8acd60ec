using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgePay.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LocalBooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JournalPostings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TransactionKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Leg = table.Column<int>(type: "integer", nullable: false),
                    Account = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Cause = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalPostings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JournalPostings_Account_UserId",
                table: "JournalPostings",
                columns: new[] { "Account", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalPostings_OrderId",
                table: "JournalPostings",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalPostings_TransactionKey_Leg",
                table: "JournalPostings",
                columns: new[] { "TransactionKey", "Leg" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JournalPostings");
        }
    }
}
