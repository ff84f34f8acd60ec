using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgePay.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Trust : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ErasedAt",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneBlindIndex",
                table: "Users",
                type: "TEXT",
                maxLength: 44,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneCiphertext",
                table: "Users",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ErasableAt",
                table: "PrivacyRequests",
                type: "INTEGER",
                nullable: true);

            // Deletions already pending get the default cooling-off (15 days) from their request: instants are stored
            // as (ticks / 1000) << 11 (DateTimeOffsetToBinaryConverter), so a day is 864,000,000 × 2048.
            migrationBuilder.Sql("""
                UPDATE "PrivacyRequests" SET "ErasableAt" = "RequestedAt" + 15 * 864000000 * 2048 WHERE "Kind" = 'AccountDeletion' AND "Status" = 'Pending';
                """);

            migrationBuilder.CreateTable(
                name: "AccessSignals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OpenIdHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 45, nullable: false),
                    DeviceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessSignals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessSignals_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VersionLabel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EffectiveAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequiresReacceptance = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataExports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DownloadedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PurgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataExports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataExports_PrivacyRequests_Id",
                        column: x => x.Id,
                        principalTable: "PrivacyRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonalisationConsentChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Granted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalisationConsentChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskFlags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Restriction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Occurrences = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskFlags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StreamSightings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeviceKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 45, nullable: false),
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StreamSightings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StreamSightings_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnknownPaymentReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OutTradeNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnknownPaymentReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgreementAcceptances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClientVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementAcceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementAcceptances_AgreementVersions_AgreementVersionId",
                        column: x => x.AgreementVersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Users_PhoneBlindIndex",
                table: "Users",
                column: "PhoneBlindIndex");

            migrationBuilder.CreateIndex(
                name: "IX_AccessSignals_Address_Kind_OccurredAt",
                table: "AccessSignals",
                columns: new[] { "Address", "Kind", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessSignals_OccurredAt",
                table: "AccessSignals",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AccessSignals_OpenIdHash_Kind_OccurredAt",
                table: "AccessSignals",
                columns: new[] { "OpenIdHash", "Kind", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessSignals_UserId_Kind_OccurredAt",
                table: "AccessSignals",
                columns: new[] { "UserId", "Kind", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementAcceptances_AgreementVersionId",
                table: "AgreementAcceptances",
                column: "AgreementVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementAcceptances_UserId_AgreementVersionId",
                table: "AgreementAcceptances",
                columns: new[] { "UserId", "AgreementVersionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVersions_Kind_VersionLabel",
                table: "AgreementVersions",
                columns: new[] { "Kind", "VersionLabel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataExports_PurgedAt_ExpiresAt",
                table: "DataExports",
                columns: new[] { "PurgedAt", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DataExports_UserId",
                table: "DataExports",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalisationConsentChanges_UserId",
                table: "PersonalisationConsentChanges",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskFlags_Rule_Subject",
                table: "RiskFlags",
                columns: new[] { "Rule", "Subject" },
                unique: true,
                filter: "\"Status\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_RiskFlags_Status_RaisedAt_Id",
                table: "RiskFlags",
                columns: new[] { "Status", "RaisedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskFlags_UserId_Status",
                table: "RiskFlags",
                columns: new[] { "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StreamSightings_LastSeenAt",
                table: "StreamSightings",
                column: "LastSeenAt");

            migrationBuilder.CreateIndex(
                name: "IX_StreamSightings_UserId_DeviceKey",
                table: "StreamSightings",
                columns: new[] { "UserId", "DeviceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnknownPaymentReports_Source_ReceivedAt",
                table: "UnknownPaymentReports",
                columns: new[] { "Source", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessSignals");

            migrationBuilder.DropTable(
                name: "AgreementAcceptances");

            migrationBuilder.DropTable(
                name: "DataExports");

            migrationBuilder.DropTable(
                name: "PersonalisationConsentChanges");

            migrationBuilder.DropTable(
                name: "RiskFlags");

            migrationBuilder.DropTable(
                name: "StreamSightings");

            migrationBuilder.DropTable(
                name: "UnknownPaymentReports");

            migrationBuilder.DropTable(
                name: "AgreementVersions");

            migrationBuilder.DropIndex(
                name: "IX_Users_PhoneBlindIndex",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "ErasedAt",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "PhoneBlindIndex",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "PhoneCiphertext",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "ErasableAt",
                table: "PrivacyRequests");
        }
    }
}
