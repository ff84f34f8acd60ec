using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgePay.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GrowthLab : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ExpiryNoticedFor",
                table: "Memberships",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SegmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CouponId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MessageTitle = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MessageNote = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MessagePage = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OfferKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonalPriceFen = table.Column<long>(type: "INTEGER", nullable: true),
                    OfferValidDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RunAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextRunAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HoldoutShare = table.Column<double>(type: "REAL", nullable: false),
                    FrequencyCapActions = table.Column<int>(type: "INTEGER", nullable: false),
                    FrequencyCapDays = table.Column<int>(type: "INTEGER", nullable: false),
                    QuietHoursStart = table.Column<int>(type: "INTEGER", nullable: false),
                    QuietHoursEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    ConversionWindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActivatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CourseViewsWithoutPurchase",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NotedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseViewsWithoutPurchase", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseViewsWithoutPurchase_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Experiments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Surface = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Salt = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OfferKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SegmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PrimaryMetric = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConversionWindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StoppedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WinningVariantKey = table.Column<string>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Platforms = table.Column<string>(type: "TEXT", nullable: false),
                    Layer = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LayerSharePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    LayerStart = table.Column<int>(type: "INTEGER", nullable: false),
                    LayerEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Guardrails_MaxPageErrorRateIncrease = table.Column<double>(type: "REAL", nullable: false),
                    Guardrails_MaxRefundRateIncrease = table.Column<double>(type: "REAL", nullable: false),
                    Variants = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experiments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MarketingConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsGranted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketingConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketingConsents_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PropensityModels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TrainingRows = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainingPositives = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationRows = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationPositives = table.Column<int>(type: "INTEGER", nullable: false),
                    Auc = table.Column<double>(type: "REAL", nullable: true),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    ScoredUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PropensityModels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PurchasePropensities",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    ModelVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ScoredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurchasePropensities", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "SegmentMembers",
                columns: table => new
                {
                    SegmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SegmentMembers", x => new { x.SegmentId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "Segments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Rule = table.Column<string>(type: "TEXT", nullable: false),
                    MemberCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RefreshedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Segments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubscriptionGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Remaining = table.Column<int>(type: "INTEGER", nullable: false),
                    LastDecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubscriptionGrants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubscriptionMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Template = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TemplateId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Page = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Values = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DedupeKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ErrCode = table.Column<int>(type: "INTEGER", nullable: true),
                    MsgId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubscriptionMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CampaignEnrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsHoldout = table.Column<bool>(type: "INTEGER", nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConversionEndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignEnrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignEnrolments_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignEnrolments_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonalOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PriceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalOffers_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PersonalOffers_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExperimentExposures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExperimentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VariantKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExposedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExperimentExposures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExperimentExposures_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarketingConsentChange",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Granted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketingConsentChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketingConsentChange_MarketingConsents_ConsentId",
                        column: x => x.ConsentId,
                        principalTable: "MarketingConsents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignEnrolments_CampaignId_UserId",
                table: "CampaignEnrolments",
                columns: new[] { "CampaignId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignEnrolments_Status_DueAt",
                table: "CampaignEnrolments",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignEnrolments_UserId_DeliveredAt",
                table: "CampaignEnrolments",
                columns: new[] { "UserId", "DeliveredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_CreatedAt_Id",
                table: "Campaigns",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Status_NextRunAt",
                table: "Campaigns",
                columns: new[] { "Status", "NextRunAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Status_Trigger",
                table: "Campaigns",
                columns: new[] { "Status", "Trigger" });

            migrationBuilder.CreateIndex(
                name: "IX_CourseViewsWithoutPurchase_UserId_CourseId",
                table: "CourseViewsWithoutPurchase",
                columns: new[] { "UserId", "CourseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentExposures_ExperimentId_UserId",
                table: "ExperimentExposures",
                columns: new[] { "ExperimentId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentExposures_ExperimentId_VariantKey_ExposedAt",
                table: "ExperimentExposures",
                columns: new[] { "ExperimentId", "VariantKey", "ExposedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_Key",
                table: "Experiments",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_Layer_LayerStart_Running",
                table: "Experiments",
                columns: new[] { "Layer", "LayerStart" },
                unique: true,
                filter: "\"Status\" = 'Running' AND \"Layer\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_OfferId_Running",
                table: "Experiments",
                column: "OfferId",
                unique: true,
                filter: "\"Status\" = 'Running' AND \"OfferId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_OfferId_Status",
                table: "Experiments",
                columns: new[] { "OfferId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketingConsentChange_ConsentId",
                table: "MarketingConsentChange",
                column: "ConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketingConsents_UserId",
                table: "MarketingConsents",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarketingConsents_UserId_IsGranted",
                table: "MarketingConsents",
                columns: new[] { "UserId", "IsGranted" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalOffers_CampaignId_UserId",
                table: "PersonalOffers",
                columns: new[] { "CampaignId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonalOffers_UserId_OfferId_ValidUntil",
                table: "PersonalOffers",
                columns: new[] { "UserId", "OfferId", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_PropensityModels_Version",
                table: "PropensityModels",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PurchasePropensities_Score",
                table: "PurchasePropensities",
                column: "Score");

            migrationBuilder.CreateIndex(
                name: "IX_SegmentMembers_UserId",
                table: "SegmentMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Segments_Name",
                table: "Segments",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubscriptionGrants_UserId_TemplateId",
                table: "SubscriptionGrants",
                columns: new[] { "UserId", "TemplateId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubscriptionMessages_CreatedAt",
                table: "SubscriptionMessages",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SubscriptionMessages_DedupeKey",
                table: "SubscriptionMessages",
                column: "DedupeKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubscriptionMessages_UserId_CreatedAt",
                table: "SubscriptionMessages",
                columns: new[] { "UserId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignEnrolments");

            migrationBuilder.DropTable(
                name: "CourseViewsWithoutPurchase");

            migrationBuilder.DropTable(
                name: "ExperimentExposures");

            migrationBuilder.DropTable(
                name: "MarketingConsentChange");

            migrationBuilder.DropTable(
                name: "PersonalOffers");

            migrationBuilder.DropTable(
                name: "PropensityModels");

            migrationBuilder.DropTable(
                name: "PurchasePropensities");

            migrationBuilder.DropTable(
                name: "SegmentMembers");

            migrationBuilder.DropTable(
                name: "Segments");

            migrationBuilder.DropTable(
                name: "SubscriptionGrants");

            migrationBuilder.DropTable(
                name: "SubscriptionMessages");

            migrationBuilder.DropTable(
                name: "Experiments");

            migrationBuilder.DropTable(
                name: "MarketingConsents");

            migrationBuilder.DropTable(
                name: "Campaigns");

            migrationBuilder.DropColumn(
                name: "ExpiryNoticedFor",
                table: "Memberships");
        }
    }
}
