using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgePay.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OffersAndGuardrails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Guardrails_FloorFen",
                table: "Courses",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "Guardrails_MaxDiscountPercent",
                table: "Courses",
                type: "integer",
                nullable: false,
                defaultValue: 100);

            migrationBuilder.AddColumn<bool>(
                name: "Guardrails_SalePriceStacksWithMemberPrice",
                table: "Courses",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsOnSale = table.Column<bool>(type: "boolean", nullable: false),
                    IsSeries = table.Column<bool>(type: "boolean", nullable: false),
                    MembershipDays = table.Column<int>(type: "integer", nullable: true),
                    MemberDiscountPercent = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Guardrails_FloorFen = table.Column<long>(type: "bigint", nullable: false),
                    Guardrails_MaxDiscountPercent = table.Column<int>(type: "integer", nullable: false),
                    Guardrails_SalePriceStacksWithMemberPrice = table.Column<bool>(type: "boolean", nullable: false),
                    ListPriceFen = table.Column<long>(type: "bigint", nullable: false),
                    ListPriceCurrency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false)
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
                name: "OfferCourses",
                columns: table => new
                {
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_OfferCourses_CourseId",
                table: "OfferCourses",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_CreatedAt_Id",
                table: "Offers",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Offers_CreatorId",
                table: "Offers",
                column: "CreatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Kind_IsOnSale",
                table: "Offers",
                columns: new[] { "Kind", "IsOnSale" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfferCourses");

            migrationBuilder.DropTable(
                name: "Offers");

            migrationBuilder.DropColumn(
                name: "Guardrails_FloorFen",
                table: "Courses");

            migrationBuilder.DropColumn(
                name: "Guardrails_MaxDiscountPercent",
                table: "Courses");

            migrationBuilder.DropColumn(
                name: "Guardrails_SalePriceStacksWithMemberPrice",
                table: "Courses");
        }
    }
}
