using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgePay.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OffersAndOrderLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Orders_Courses_CourseId",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_PaymentLedger_Kind_Reference",
                table: "PaymentLedger");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CourseId",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Enrollments_OrderId",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "CourseId",
                table: "Orders");

            migrationBuilder.AddColumn<Guid>(
                name: "LineId",
                table: "PaymentLedger",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "UserCouponId",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsOnSale = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSeries = table.Column<bool>(type: "INTEGER", nullable: false),
                    MembershipDays = table.Column<int>(type: "INTEGER", nullable: true),
                    MemberDiscountPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Guardrails_FloorFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Guardrails_MaxDiscountPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Guardrails_SalePriceStacksWithMemberPrice = table.Column<bool>(type: "INTEGER", nullable: false),
                    ListFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offers_Creators_CreatorId",
                        column: x => x.CreatorId,
                        principalTable: "Creators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrderLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 127, nullable: false),
                    ListFen = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    IsGift = table.Column<bool>(type: "INTEGER", nullable: false),
                    SaleId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderLines_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferCourses",
                columns: table => new
                {
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferCourses", x => new { x.OfferId, x.CourseId });
                    table.ForeignKey(
                        name: "FK_OfferCourses_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OfferCourses_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderLineSteps",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    LineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderLineSteps", x => new { x.LineId, x.Position });
                    table.ForeignKey(
                        name: "FK_OrderLineSteps_OrderLines_LineId",
                        column: x => x.LineId,
                        principalTable: "OrderLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderRefundLines",
                columns: table => new
                {
                    LineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RefundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderRefundLines", x => new { x.RefundId, x.LineId });
                    table.ForeignKey(
                        name: "FK_OrderRefundLines_OrderLines_LineId",
                        column: x => x.LineId,
                        principalTable: "OrderLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrderRefundLines_OrderRefunds_RefundId",
                        column: x => x.RefundId,
                        principalTable: "OrderRefunds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentLedger_Kind_Reference_LineId",
                table: "PaymentLedger",
                columns: new[] { "Kind", "Reference", "LineId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentLedger_LineId",
                table: "PaymentLedger",
                column: "LineId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_OrderId_CourseId",
                table: "Enrollments",
                columns: new[] { "OrderId", "CourseId" },
                unique: true,
                filter: "\"OrderId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OfferCourses_CourseId",
                table: "OfferCourses",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_CreatorId",
                table: "Offers",
                column: "CreatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Kind_IsOnSale",
                table: "Offers",
                columns: new[] { "Kind", "IsOnSale" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_Kind_OfferId",
                table: "OrderLines",
                columns: new[] { "Kind", "OfferId" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_OrderId_Position",
                table: "OrderLines",
                columns: new[] { "OrderId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderRefundLines_LineId",
                table: "OrderRefundLines",
                column: "LineId");

            migrationBuilder.AddForeignKey(
                name: "FK_PaymentLedger_OrderLines_LineId",
                table: "PaymentLedger",
                column: "LineId",
                principalTable: "OrderLines",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PaymentLedger_OrderLines_LineId",
                table: "PaymentLedger");

            migrationBuilder.DropTable(
                name: "OfferCourses");

            migrationBuilder.DropTable(
                name: "OrderLineSteps");

            migrationBuilder.DropTable(
                name: "OrderRefundLines");

            migrationBuilder.DropTable(
                name: "Offers");

            migrationBuilder.DropTable(
                name: "OrderLines");

            migrationBuilder.DropIndex(
                name: "IX_PaymentLedger_Kind_Reference_LineId",
                table: "PaymentLedger");

            migrationBuilder.DropIndex(
                name: "IX_PaymentLedger_LineId",
                table: "PaymentLedger");

            migrationBuilder.DropIndex(
                name: "IX_Enrollments_OrderId_CourseId",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "LineId",
                table: "PaymentLedger");

            migrationBuilder.DropColumn(
                name: "UserCouponId",
                table: "Orders");

            migrationBuilder.AddColumn<Guid>(
                name: "CourseId",
                table: "Orders",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_PaymentLedger_Kind_Reference",
                table: "PaymentLedger",
                columns: new[] { "Kind", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CourseId",
                table: "Orders",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_OrderId",
                table: "Enrollments",
                column: "OrderId",
                unique: true,
                filter: "\"OrderId\" IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "FK_Orders_Courses_CourseId",
                table: "Orders",
                column: "CourseId",
                principalTable: "Courses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
