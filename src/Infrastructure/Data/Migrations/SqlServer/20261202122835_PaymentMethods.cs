using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgePay.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PaymentMethods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PaymentStartedAt",
                table: "Orders",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ShippingRecordedAt",
                table: "Orders",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JournalPostings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TransactionKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Leg = table.Column<int>(type: "int", nullable: false),
                    Account = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Cause = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalPostings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Wallets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PaidFen = table.Column<long>(type: "bigint", nullable: false),
                    BonusFen = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wallets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WalletTopUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    BonusFen = table.Column<long>(type: "bigint", nullable: false),
                    ClientKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreditedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RefundedFen = table.Column<long>(type: "bigint", nullable: false),
                    BonusForfeitedFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalletTopUps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WalletMovements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WalletId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PaidFen = table.Column<long>(type: "bigint", nullable: false),
                    BonusFen = table.Column<long>(type: "bigint", nullable: false),
                    PaidBalanceAfter = table.Column<long>(type: "bigint", nullable: false),
                    BonusBalanceAfter = table.Column<long>(type: "bigint", nullable: false),
                    OrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RefundId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TopUpId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Reference = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalletMovements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WalletMovements_Wallets_WalletId",
                        column: x => x.WalletId,
                        principalTable: "Wallets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "IX_WalletMovements_OrderId",
                table: "WalletMovements",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_WalletMovements_Reference",
                table: "WalletMovements",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WalletMovements_WalletId_CreatedAt_Id",
                table: "WalletMovements",
                columns: new[] { "WalletId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Wallets_CreatedAt_Id",
                table: "Wallets",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Wallets_UserId",
                table: "Wallets",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WalletTopUps_OrderId",
                table: "WalletTopUps",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_WalletTopUps_UserId_ClientKey",
                table: "WalletTopUps",
                columns: new[] { "UserId", "ClientKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JournalPostings");

            migrationBuilder.DropTable(
                name: "WalletMovements");

            migrationBuilder.DropTable(
                name: "WalletTopUps");

            migrationBuilder.DropTable(
                name: "Wallets");

            migrationBuilder.DropColumn(
                name: "PaymentStartedAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ShippingRecordedAt",
                table: "Orders");
        }
    }
}
