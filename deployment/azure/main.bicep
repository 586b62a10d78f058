// Perspectiefbot on Azure: App Service on Linux running the container image of deployment/Dockerfile,
// an Azure Bot resource with the Teams and Direct Line channels, and a storage account with the blob
// containers for conversation state and transcripts.
//
//   az deployment group create -g <resource-group> -f deployment/azure/main.bicep \
//     -p @deployment/azure/main.parameters.json
//
// Every setting the bot reads (src/config.ts) is set in `botSettings` below, under the same name.

targetScope = 'resourceGroup'

@description('Short lower-case name used to derive the resource names.')
@minLength(3)
@maxLength(20)
param baseName string = 'perspectiefbot'

param location string = resourceGroup().location

@description('Container image to run, e.g. myregistry.azurecr.io/perspectiefbot:0.1.0.')
param containerImage string

@description('Registry server of a private image (e.g. https://myregistry.azurecr.io); empty for a public image.')
param containerRegistryServer string = ''
param containerRegistryUsername string = ''
@secure()
param containerRegistryPassword string = ''

@description('App Service plan size: B1 or larger (always on is needed for a bot).')
param appServicePlanSku string = 'B1'

@description('Number of instances; more than one shares state through blob storage.')
@minValue(1)
param instanceCount int = 1

@description('Application (client) ID of the Microsoft Entra app registration of the bot.')
param microsoftAppId string

@description('Client secret of that app registration.')
@secure()
param microsoftAppPassword string

@allowed([
  'SingleTenant'
  'MultiTenant'
])
param microsoftAppType string = 'SingleTenant'

@description('Tenant of the app registration (used with SingleTenant).')
param microsoftAppTenantId string = tenant().tenantId

@allowed([
  'F0'
  'S1'
])
@description('Azure Bot pricing tier: F0 is free for standard channels such as Teams and Direct Line.')
param botSku string = 'F0'

@description('The public https URL of the bot if it has a custom domain; empty for the App Service host name.')
param publicUrl string = ''

@description('Blob container for conversation and user state.')
param stateContainerName string = 'bot-state'

@description('Blob container for transcripts and call-back requests.')
param transcriptsContainerName string = 'bot-transcripts'

@description('Days after which transcripts and call-back requests are deleted.')
@minValue(1)
@maxValue(3650)
param retentionDays int = 90

@description('ask: counsellors read a conversation only after the young person\'s yes; off: never.')
@allowed([
  'ask'
  'off'
])
param transcriptConsent string = 'ask'

@description('Who runs this instance, shown on the privacy page, e.g. CLB Gent.')
param organisationName string

@description('How young people reach the organisation: an e-mail address, phone number or web address.')
param organisationContact string

@description('How to reach the organisation\'s data-protection officer.')
param dpoContact string

@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
  'silent'
])
param logLevel string = 'info'

@description('Signs console session cookies. The default is new at every deployment (console users sign in again).')
@secure()
param consoleSessionSecret string = newGuid()

@description('OpenID Connect issuer for console sign-in (e.g. https://login.microsoftonline.com/<tenant>/v2.0); empty for local accounts.')
param oidcIssuer string = ''
param oidcClientId string = ''
@secure()
param oidcClientSecret string = ''

@description('Signs the web widget\'s self-hosted Direct Line tokens. The default is new at every deployment.')
@secure()
param directLineTokenSecret string = newGuid()

@description('A secret key of the Azure Bot\'s Direct Line channel; when set the widget uses Azure\'s Direct Line.')
@secure()
param directLineSecret string = ''

@description('Origins allowed to embed the web widget, comma-separated ("*" for any).')
param allowedEmbedOrigins string = '*'

@description('Azure\'s Direct Line base URL (with DIRECTLINE_SECRET), e.g. https://europe.directline.botframework.com/v3/directline for a bot in the Europe region.')
param directLineUrl string = 'https://directline.botframework.com/v3/directline'

@description('Days after the wrap-up at which an agreed follow-up check-in is sent.')
@minValue(1)
@maxValue(60)
param followUpAfterDays int = 7

@description('Web Push on the agreed follow-up day: VAPID keys from `npx web-push generate-vapid-keys` and a mailto: or https: contact. All three or none (no push).')
param vapidPublicKey string = ''
@secure()
param vapidPrivateKey string = ''
param vapidSubject string = ''

param tags object = {}

var suffix = uniqueString(resourceGroup().id, baseName)
var storageAccountName = 'st${take(toLower(replace(baseName, '-', '')), 9)}${suffix}'

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storageAccount
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: stateContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource transcriptsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: transcriptsContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-${baseName}-${suffix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-${baseName}-${suffix}'
  location: location
  tags: tags
  kind: 'app,linux,container'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOCKER|${containerImage}'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      webSocketsEnabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

var botUrl = empty(publicUrl) ? 'https://${site.properties.defaultHostName}' : publicUrl
var storageConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storageAccount.name};AccountKey=${storageAccount.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

// The settings the bot reads at start-up (src/config.ts), one per line, under the same names.
// test/deployment/settings.test.ts checks this block against src/config.ts.
var botSettings = {
  PORT: '3978'
  HOST: '0.0.0.0'
  DATA_DIR: '/home/data'
  LOG_LEVEL: logLevel
  MicrosoftAppId: microsoftAppId
  MicrosoftAppPassword: microsoftAppPassword
  MicrosoftAppTenantId: microsoftAppType == 'SingleTenant' ? microsoftAppTenantId : ''
  MicrosoftAppType: microsoftAppType
  WELCOME_BACK_AFTER_HOURS: '6'
  STORAGE: 'blob'
  AZURE_STORAGE_CONNECTION_STRING: storageConnectionString
  AZURE_STATE_CONTAINER: stateContainer.name
  AZURE_TRANSCRIPTS_CONTAINER: transcriptsContainer.name
  RETENTION_DAYS: string(retentionDays)
  TRANSCRIPT_CONSENT: transcriptConsent
  ORGANISATION_NAME: organisationName
  ORGANISATION_CONTACT: organisationContact
  DPO_CONTACT: dpoContact
  CONSOLE_SESSION_SECRET: consoleSessionSecret
  OIDC_ISSUER: oidcIssuer
  OIDC_CLIENT_ID: oidcClientId
  OIDC_CLIENT_SECRET: oidcClientSecret
  PUBLIC_URL: botUrl
  DIRECTLINE_TOKEN_SECRET: directLineTokenSecret
  DIRECTLINE_SECRET: directLineSecret
  ALLOWED_EMBED_ORIGINS: allowedEmbedOrigins
  DIRECTLINE_URL: directLineUrl
  FOLLOW_UP_AFTER_DAYS: string(followUpAfterDays)
  VAPID_PUBLIC_KEY: vapidPublicKey
  VAPID_PRIVATE_KEY: vapidPrivateKey
  VAPID_SUBJECT: vapidSubject
}

// Settings for App Service itself, not read by the bot.
var appServiceSettings = {
  WEBSITES_PORT: '3978'
  WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'true'
  WEBSITES_CONTAINER_START_TIME_LIMIT: '230'
}
var registrySettings = empty(containerRegistryServer) ? {} : {
  DOCKER_REGISTRY_SERVER_URL: containerRegistryServer
  DOCKER_REGISTRY_SERVER_USERNAME: containerRegistryUsername
  DOCKER_REGISTRY_SERVER_PASSWORD: containerRegistryPassword
}

resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: union(appServiceSettings, registrySettings, botSettings)
}

module bot 'modules/botService.bicep' = {
  name: 'botService'
  params: {
    name: 'bot-${baseName}-${suffix}'
    displayName: 'Perspectiefbot'
    endpoint: '${botUrl}/api/messages'
    appId: microsoftAppId
    appType: microsoftAppType
    appTenantId: microsoftAppTenantId
    sku: botSku
    tags: tags
  }
}

output webAppName string = site.name
output botPublicUrl string = botUrl
output messagingEndpoint string = '${botUrl}/api/messages'
output botName string = bot.outputs.name
output storageAccountName string = storageAccount.name
