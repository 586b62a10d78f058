// The Azure Bot resource (Bot Framework registration) with the Microsoft Teams and Direct Line channels.

@description('Name of the Azure Bot resource (2-64 letters, digits, hyphens, dots, underscores).')
param name string

@description('Display name shown in channels.')
param displayName string

@description('The public messaging endpoint, https://<host>/api/messages.')
param endpoint string

@description('Application (client) ID of the Microsoft Entra app registration.')
param appId string

@allowed([
  'SingleTenant'
  'MultiTenant'
])
param appType string

@description('Tenant of the app registration (SingleTenant only).')
param appTenantId string

@allowed([
  'F0'
  'S1'
])
param sku string

param tags object = {}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  tags: tags
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: appId
    msaAppType: appType
    msaAppTenantId: appType == 'SingleTenant' ? appTenantId : ''
    publicNetworkAccess: 'Enabled'
    schemaTransformationVersion: '1.3'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Direct Line for the web widget (when DIRECTLINE_SECRET is set; the bot also offers its own
// token endpoint). The site's secret keys are shown in the portal under Channels > Direct Line.
resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

output name string = bot.name
output channels array = [
  teams.name
  directLine.name
]
